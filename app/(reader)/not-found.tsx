import { NotFoundMessage } from "@/components/reader/not-found-message";

export default function ReaderNotFound() {
  return <NotFoundMessage />;
}
