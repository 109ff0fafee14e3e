import Link from "next/link";
import { listQuestions } from "@/lib/data/questions";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { total, questions } = await listQuestions();
  return (
    <main>
      <h1 className="mb-4 text-2xl font-semibold">Questions écrites · Schriftelijke vragen</h1>
      <p className="mb-6 text-slate-600">{total} questions</p>
      <ul className="space-y-4">
        {questions.map((question) => (
          <li key={question.id} className="border-b border-slate-200 pb-3">
            <Link href={`/questions/${question.id}`} className="font-medium text-blue-800 underline">
              {question.id}
            </Link>{" "}
            <time dateTime={question.askedOn}>{question.askedOn}</time>
            <p lang="fr">{question.subject.fr}</p>
            <p lang="nl">{question.subject.nl}</p>
            <p className="text-sm text-slate-600">
              {question.author.name} ({question.author.party}) → <span lang="fr">{question.addressee.fr}</span> /{" "}
              <span lang="nl">{question.addressee.nl}</span>
            </p>
          </li>
        ))}
      </ul>
    </main>
  );
}
