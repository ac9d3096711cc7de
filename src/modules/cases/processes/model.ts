// A process template: the steps an e-service's applications go through, in order. A step belongs
// to an institution's officers, or is a check Epak makes in a register through the bus; a step
// may apply only to some applications. The last step is the decision.
export type Text = { lv: string; en: string };

export type CheckKind = "insurance" | "residence";

export type ProcessStep = {
  id: string;
  kind: "review" | "check" | "decision";
  /** The institution whose officers work on the step (for a check: where its result is read). */
  institution: string;
  title: Text;
  check?: CheckKind;
  /** Only for applications whose answers say so; left out otherwise. */
  when?: (answers: Record<string, unknown>) => boolean;
};

export type ProcessTemplate = {
  id: string;
  steps: ProcessStep[];
  /** Calendar months the institution has to decide (Administrative Procedure Law, section 64). */
  deadlineMonths: number;
  /** The reasoning an officer starts the decision from, by outcome; {number} is the application's number. */
  reasoning: { granted: Text; refused: Text };
};
