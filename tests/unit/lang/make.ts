/** Shapes of the English reader's table: a rule is a reader and its rows of correct, close and wrong readings. */
export type Kind = 'correct' | 'close' | 'wrong';
export type LangRow = [kind: Kind, input: string, want: unknown];

export interface LangRule {
	rule: string;
	read: (input: string) => unknown;
	rows: LangRow[];
}
