"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { listArticles } from "@/lib/contracts/api/articles";
import { keyOf } from "@/lib/query/endpoint-query";
import type { ImportReportBody } from "./import-result";

/** Every way of adding articles refreshes the desk's article queries (claim pickers list new later articles). */
export function useImportMutation<V>(send: (variables: V) => Promise<ImportReportBody>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keyOf(listArticles) });
    },
  });
}
