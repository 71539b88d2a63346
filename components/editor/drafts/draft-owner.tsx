"use client";

import { createContext, useContext, type ReactNode } from "react";

const DraftOwnerContext = createContext("anonymous");

/** Whose drafts these are: local drafts are kept per signed-in account, so a shared browser never shows one editor's text to another. */
export function DraftOwner({ userId, children }: { userId: string; children: ReactNode }) {
  return <DraftOwnerContext value={userId}>{children}</DraftOwnerContext>;
}

export const useDraftOwner = () => useContext(DraftOwnerContext);
