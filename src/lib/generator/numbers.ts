/** Numbers and qualifiers are read by the one English reader in `src/lib/lang`; re-exported for the figure finder. */
export { NUMBER, NUMBER_END, QUALIFIER, QUALIFIER_AFTER, qualifierSign, readNumber } from '../lang';
