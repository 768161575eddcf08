/** Why a capture stops: said to the editor as it is, never as a stack trace. */
export class Refusal extends Error {}
