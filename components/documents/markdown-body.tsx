import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

/**
 * A document body as Markdown. Raw HTML is never rendered (react-markdown drops it without rehype-raw),
 * and rehype-sanitize strips dangerous URLs and attributes from what Markdown itself produces.
 */
export function MarkdownBody({ markdown, className }: { markdown: string; className?: string }) {
  return (
    <div className={className}>
      <ReactMarkdown rehypePlugins={[rehypeSanitize]} skipHtml>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
