/**
 * Calls `work` once the browser has painted what Angular has just rendered: after the next frame, in
 * a task of its own. Work that holds the page (redrawing 20,000 organisations without a GPU takes a
 * good part of a second) then cannot keep back what the user asked to see. Returns a cancel function.
 */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(work)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
