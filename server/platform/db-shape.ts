// Compile-time proof that the PostgreSQL client can stand in for the SQLite
// one, which server/platform/db.ts relies on when it hands out the PostgreSQL client
// under the SQLite client's type. Whole clients cannot be compared (their
// generic conditional types live in different modules, and PostgreSQL adds
// options such as `mode: "insensitive"`), so this checks what data access
// touches: every model's row type is identical, and every argument the
// SQLite client accepts is accepted by the PostgreSQL one. `tsc` fails here
// first when the two schemas drift apart.
import type { Prisma as Pg } from "../generated/prisma-pg/client.ts";
import type { Prisma as Sq } from "../generated/prisma/client.ts";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Fits<A, B> = [A] extends [B] ? true : false;
type All<T extends Record<string, true>> = T;

export type ModelNamesMatch = All<{ names: Same<Sq.ModelName, Pg.ModelName> }>;

export type RowsMatch = All<{
  [M in Sq.ModelName]: M extends Pg.ModelName ? Same<Sq.TypeMap["model"][M]["payload"]["scalars"], Pg.TypeMap["model"][M]["payload"]["scalars"]> : false;
}>;

type ArgsOf<T, M extends string, O extends string> = M extends keyof T
  ? T[M] extends { operations: infer Ops }
    ? O extends keyof Ops
      ? Ops[O] extends { args: infer A }
        ? A
        : never
      : never
    : never
  : never;

type Operations = "findMany" | "findUnique" | "findFirst" | "create" | "update" | "updateMany" | "upsert" | "delete" | "deleteMany" | "count" | "groupBy";

export type ArgsFit = All<{
  [K in `${Sq.ModelName}.${Operations}`]: K extends `${infer M}.${infer O}`
    ? Fits<ArgsOf<Sq.TypeMap["model"], M, O>, ArgsOf<Pg.TypeMap["model"], M, O>>
    : false;
}>;
