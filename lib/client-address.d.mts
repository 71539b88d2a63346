import type { BlockList } from "node:net";

export const CLIENT_ADDRESS_HEADER: "x-hindsight-client-address";
export type TrustedProxies = { hops: number; list: BlockList | null };
export function parseTrustedProxies(value: string | undefined): TrustedProxies;
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trust: TrustedProxies): string;
