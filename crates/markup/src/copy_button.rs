use crate::escape;

/// A button that copies `text` to the clipboard. It is plain markup: element.js handles every
/// `button[data-copy]` with one listener per shadow root, so badges and the browser's dozens of
/// cards carry no per-button listener.
pub fn copy_button_markup(text: &str, label: &str) -> String {
    format!(
        r#"<button type="button" class="copy" part="copy-button" data-copy="{}"><span class="copy-label">{label}</span><span class="copy-done" aria-live="polite"></span></button>"#,
        escape(text)
    )
}
