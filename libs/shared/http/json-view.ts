/**
 * A stored row as the API shows it: every Date becomes the ISO string JSON carries (nullable
 * stays nullable), everything else as it is. Views derive from their rows with it instead of
 * repeating the row's fields with other date types.
 */
export type JsonView<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};
