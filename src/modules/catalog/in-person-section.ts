// "Where to apply in person" on a service page. The catalogue knows services, not the places
// that take applications for them: the module that knows those places fills this in for its
// application when its routes are set up, and a service page without it simply has no section.
import type { FastifyInstance } from "fastify";
import type { ComponentChildren } from "preact";

/** The section for one service (a template's answer covers its municipalities' variants); null for none. */
export type InPersonSection = (service: string) => Promise<ComponentChildren>;

const sections = new WeakMap<FastifyInstance, InPersonSection>();

export function provideInPersonSection(app: FastifyInstance, section: InPersonSection): void {
  sections.set(app, section);
}

export async function inPersonSection(app: FastifyInstance, service: string): Promise<ComponentChildren> {
  return (await sections.get(app)?.(service)) ?? null;
}
