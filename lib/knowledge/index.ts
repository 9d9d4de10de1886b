// Knowledge artifacts: notes, links and design-thinking outputs kept with a session (markdown, rendered
// sanitized), and published by the session's host to a community's library.
export { renderMarkdown, previewMarkdownInput, type PreviewMarkdownInput } from './render-markdown';
export { ARTIFACT_BODY_MAX, createArtifact, createArtifactInput, type CreateArtifactInput } from './create-artifact';
export { saveDesignOutputsAsArtifact, saveDesignOutputsInput, type SaveDesignOutputsInput } from './save-design-outputs-as-artifact';
export { listSessionArtifacts, type SessionArtifact, type SessionArtifacts } from './list-session-artifacts';
export { publishArtifact, publishArtifactInput, type PublishArtifactInput } from './publish-artifact';
export { unpublishArtifact, unpublishArtifactInput, type UnpublishArtifactInput } from './unpublish-artifact';
