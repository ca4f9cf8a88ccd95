// RFC 9457 problem documents (application/problem+json), as every API error is, turned into one error type the
// screens show with <ProblemMessage>: `detail` and the validation `errors`, never the raw body.

/** The members of a problem document the portal reads (Problem, ValidationProblem and RuleProblem in the contract). */
export interface ProblemDocument {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  traceId?: string;
  /** 400: field name → messages in the caller's language ("$" is the request as a whole). */
  errors?: Record<string, string[]>;
  /** 409: the business rule, for a program to branch on. */
  rule?: string;
}

/** An API call that failed: a problem the API answered (status > 0), or no answer at all (status 0: the network). */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title?: string;
  readonly detail?: string;
  readonly traceId?: string;
  readonly errors: Record<string, string[]>;
  readonly rule?: string;

  constructor(status: number, problem: ProblemDocument = {}) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = "ApiProblem";
    this.status = status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.traceId = problem.traceId;
    this.errors = problem.errors ?? {};
    this.rule = problem.rule;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  /** Every validation message, without the field names. */
  get messages(): string[] {
    return Object.values(this.errors).flat();
  }
}

function isProblemDocument(value: unknown): value is ProblemDocument {
  return typeof value === "object" && value !== null && ("title" in value || "detail" in value || "status" in value);
}

/** Parses a problem body (text); anything else (an HTML error page of a proxy) keeps only the status. */
export function problemFromText(status: number, text: string): ApiProblem {
  try {
    const parsed: unknown = JSON.parse(text);
    return new ApiProblem(status, isProblemDocument(parsed) ? parsed : {});
  } catch {
    return new ApiProblem(status);
  }
}

/** What the generated client throws (the parsed body, its text, or a fetch TypeError) as an ApiProblem. */
export function toApiProblem(error: unknown, response: Response | undefined): ApiProblem {
  if (error instanceof ApiProblem) {
    return error;
  }
  if (response === undefined) {
    return new ApiProblem(0, { detail: error instanceof Error ? error.message : undefined });
  }
  if (isProblemDocument(error)) {
    return new ApiProblem(response.status, error);
  }
  if (typeof error === "string") {
    return problemFromText(response.status, error);
  }
  return new ApiProblem(response.status);
}
