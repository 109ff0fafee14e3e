import { notFound } from "next/navigation";
import { getQuestion } from "@/lib/data/questions";

export const dynamic = "force-dynamic";

export default async function QuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const question = await getQuestion({ id });
  if (!question) notFound();
  return (
    <main>
      <h1 className="text-2xl font-semibold">Question {question.id}</h1>
      <dl className="my-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt>Session</dt>
        <dd>{question.session}</dd>
        <dt>Date</dt>
        <dd>{question.askedOn}</dd>
        <dt>Auteur · Auteur</dt>
        <dd>
          {question.author.name} ({question.author.party})
        </dd>
        <dt>Ministre · Minister</dt>
        <dd>
          <span lang="fr">{question.addressee.fr}</span> / <span lang="nl">{question.addressee.nl}</span>
        </dd>
        <dt>Sujet · Onderwerp</dt>
        <dd>
          <span lang="fr">{question.subject.fr}</span> / <span lang="nl">{question.subject.nl}</span>
        </dd>
        <dt>Descripteurs · Descriptoren</dt>
        <dd>{question.descriptors.map((pair) => `${pair.fr} / ${pair.nl}`).join(" · ")}</dd>
        <dt>Chronologie · Tijdlijn</dt>
        <dd>{question.events.map((event) => `${event.date} ${event.kind}`).join(" · ")}</dd>
        <dt>Aussi posée à · Ook gesteld aan</dt>
        <dd>{question.alsoAskedTo.join(", ")}</dd>
      </dl>
      <Section title="Question · Vraag" texts={question.question} />
      {question.answer ? (
        <Section title={`Réponse · Antwoord (${question.answer.receivedOn})`} texts={question.answer} />
      ) : (
        <p>Pas encore de réponse · Nog geen antwoord</p>
      )}
    </main>
  );
}

function Section({ title, texts }: { title: string; texts: { fr: string[]; nl: string[] } }) {
  return (
    <section className="my-6">
      <h2 className="mb-2 text-xl font-semibold">{title}</h2>
      <div className="grid grid-cols-2 gap-6">
        <div lang="fr">{texts.fr.map((paragraph, index) => <p key={index} className="mb-2">{paragraph}</p>)}</div>
        <div lang="nl">{texts.nl.map((paragraph, index) => <p key={index} className="mb-2">{paragraph}</p>)}</div>
      </div>
    </section>
  );
}
