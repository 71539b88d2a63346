import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { DeskArticleSummary } from "@/lib/contracts/desk";

export function ArticleTable({ articles }: { articles: DeskArticleSummary[] }) {
  if (articles.length === 0) return <p className="muted">No articles yet. Add some to start pairing claims with outcomes.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Outlet</th>
          <th scope="col">Published</th>
          <th scope="col">Claims</th>
          <th scope="col">Evidence</th>
          <th scope="col">Assigned to</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((a) => (
          <tr key={a.id}>
            <td>
              <Link href={`/desk/articles/${a.id}`}>{a.title}</Link>
            </td>
            <td className="small">{a.outlet.name}</td>
            <td className="small">
              <time dateTime={a.publishedAt.slice(0, 10)}>{formatDay(a.publishedAt)}</time>
            </td>
            <td className="small">{a._count.claims}</td>
            <td className="small">{a._count.evidence}</td>
            <td className="small">{a.assignee?.name ?? <span className="muted">Nobody</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
