"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { keys } from "@/lib/query/keys";
import type { ImportReportBody } from "./import-result";

/** Every way of adding articles refreshes the article list and the work queue. */
export function useImportMutation<V>(send: (variables: V) => Promise<ImportReportBody>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.articles() });
      void queryClient.invalidateQueries({ queryKey: keys.queue() });
    },
  });
}
