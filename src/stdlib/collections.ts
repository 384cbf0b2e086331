/**
 * `collections`, written in Python (see src/stdlib/index.ts). Placeholder: being written.
 */
export const source = String.raw`
`;
