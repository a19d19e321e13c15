// Dragging a piece by its handle to another place in the draft, on a desk (a fine pointer). Phones and the keyboard
// use 上移 and 下移, which do the same move.

const TYPE = 'application/x-draft-piece';

/** The index a piece dropped at this point of this row goes to, in an order without the piece itself. */
function dropIndex(order: string[], id: string, row: HTMLElement, y: number): number {
  const without = order.filter((other) => other !== id);
  const box = row.getBoundingClientRect();
  const at = without.indexOf(row.dataset.id ?? '');
  if (at < 0) return -1;
  return y > box.top + box.height / 2 ? at + 1 : at;
}

/** Lets the list's handles drag their piece; `moved` gets the piece's id and the index it goes to. */
export function dragToArrange(list: HTMLElement, moved: (id: string, to: number) => void) {
  let dragged = '';
  list.addEventListener('dragstart', (event) => {
    const row = (event.target as Element).closest<HTMLElement>('.draft-piece');
    if (!row || !(event.target as Element).classList.contains('draft-handle')) return;
    dragged = row.dataset.id ?? '';
    event.dataTransfer?.setData(TYPE, dragged);
    event.dataTransfer?.setDragImage(row, 16, 16);
    row.classList.add('draft-dragging');
  });
  list.addEventListener('dragover', (event) => {
    if (!dragged) return;
    event.preventDefault();
    for (const row of list.querySelectorAll('.draft-drop-before, .draft-drop-after'))
      row.classList.remove('draft-drop-before', 'draft-drop-after');
    const row = (event.target as Element).closest<HTMLElement>('.draft-piece');
    if (!row || row.dataset.id === dragged) return;
    const box = row.getBoundingClientRect();
    row.classList.add(event.clientY > box.top + box.height / 2 ? 'draft-drop-after' : 'draft-drop-before');
  });
  list.addEventListener('drop', (event) => {
    const row = (event.target as Element).closest<HTMLElement>('.draft-piece');
    if (!dragged || !row) return;
    event.preventDefault();
    const order = [...list.querySelectorAll<HTMLElement>('.draft-piece')].map((r) => r.dataset.id ?? '');
    const to = dropIndex(order, dragged, row, event.clientY);
    const id = dragged;
    // The rows are built again by the move, so the dragged one may never see its dragend.
    dragged = '';
    if (to >= 0) moved(id, to);
  });
  list.addEventListener('dragend', () => {
    dragged = '';
    for (const row of list.querySelectorAll('.draft-dragging, .draft-drop-before, .draft-drop-after'))
      row.classList.remove('draft-dragging', 'draft-drop-before', 'draft-drop-after');
  });
}
