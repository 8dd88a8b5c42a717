/**
 * Type-checks the fake against @types/office-js without re-implementing every member: a fake
 * class `implements Checked<Excel.Range, 'values' | 'getCell' | …>`, so a member name that Excel
 * lacks, a property of another type, or a method with other parameters fails `tsc`. API objects
 * in parameters and results are checked by their own fake classes (here they drop out of the parameter types).
 */
type Param<X> = X extends OfficeExtension.ClientObject ? never : X;
type Params<A extends unknown[]> = { [I in keyof A]: Param<A[I]> };

type Shape<V> = V extends (...args: infer A) => unknown
  ? (...args: Params<A>) => unknown
  : V extends OfficeExtension.ClientObject
    ? unknown
    : V;

export type Checked<T, K extends keyof T> = { [P in K]: Shape<T[P]> };
