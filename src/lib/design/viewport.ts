// Pan and zoom of a diagram in a fixed-size frame, as pure functions of screen pixels. The SVG's
// viewBox is `x y (frameWidth / scale) (frameHeight / scale)`, so it always has the frame's aspect
// ratio and a diagram point p appears on screen at (p - origin) * scale.

export interface View {
	/** Diagram coordinates of the frame's top-left corner. */
	x: number;
	y: number;
	/** Screen pixels per diagram unit. */
	scale: number;
}

export interface Size {
	width: number;
	height: number;
}

export interface ScreenPoint {
	x: number;
	y: number;
}

/** How far in one may zoom, relative to 1:1. */
export const MAX_SCALE = 3;

/** The view showing the whole diagram, centred, never enlarged beyond 1:1. */
export function fitView(content: Size, frame: Size): View {
	const scale = Math.min(1, frame.width / content.width, frame.height / content.height);
	return {
		scale,
		x: (content.width - frame.width / scale) / 2,
		y: (content.height - frame.height / scale) / 2
	};
}

/** A vertical band of the diagram (one column of tables), in diagram units. */
export interface Band {
	x: number;
	width: number;
}

/**
 * The view a diagram opens at. When the whole of it fits the frame at the scale one column of tables
 * needs, that is the whole diagram; otherwise (a phone) one column fills the frame's width, at 1:1 at
 * most, from the top, so column names are read at their real size rather than shrunk to a few pixels.
 * `columns` are the diagram's columns of tables; the widest sets the scale, the first is shown.
 */
export function openingView(content: Size, frame: Size, columns: readonly Band[], margin = 0): View {
	const fit = fitView(content, frame);
	if (!columns.length) return fit;
	const widest = Math.max(...columns.map((column) => column.width)) + 2 * margin;
	const scale = Math.min(1, frame.width / widest);
	if (fit.scale >= scale) return fit;
	const first = columns[0];
	return clampView({ scale, x: first.x + first.width / 2 - frame.width / scale / 2, y: 0 }, content, frame);
}

/** Smallest scale allowed: a bit below the fit, so the whole diagram can always be seen. */
export function minScale(content: Size, frame: Size): number {
	return Math.min(1, frame.width / content.width, frame.height / content.height) * 0.8;
}

/** Zooms by `factor` keeping the diagram point under `at` (frame pixels) where it is. */
export function zoomAt(view: View, factor: number, at: ScreenPoint, content: Size, frame: Size): View {
	const scale = Math.min(MAX_SCALE, Math.max(minScale(content, frame), view.scale * factor));
	const px = view.x + at.x / view.scale;
	const py = view.y + at.y / view.scale;
	return clampView({ scale, x: px - at.x / scale, y: py - at.y / scale }, content, frame);
}

/** Moves the diagram by a finger's movement in frame pixels (dragging right shows what is left). */
export function panBy(view: View, dx: number, dy: number, content: Size, frame: Size): View {
	return clampView({ ...view, x: view.x - dx / view.scale, y: view.y - dy / view.scale }, content, frame);
}

/**
 * A two-finger pinch, computed from where the fingers started (and the view then) to where they
 * are now: the spread sets the zoom, the midpoint's movement pans.
 */
export function pinch(start: View, from: [ScreenPoint, ScreenPoint], to: [ScreenPoint, ScreenPoint], content: Size, frame: Size): View {
	const spread = (p: [ScreenPoint, ScreenPoint]) => Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y);
	const middle = (p: [ScreenPoint, ScreenPoint]) => ({ x: (p[0].x + p[1].x) / 2, y: (p[0].y + p[1].y) / 2 });
	const before = middle(from);
	const after = middle(to);
	const factor = spread(from) > 0 ? spread(to) / spread(from) : 1;
	const moved = { ...start, x: start.x - (after.x - before.x) / start.scale, y: start.y - (after.y - before.y) / start.scale };
	return zoomAt(moved, factor, after, content, frame);
}

/** Keeps some of the diagram in the frame: it cannot be dragged out of sight. */
export function clampView(view: View, content: Size, frame: Size): View {
	const visibleWidth = frame.width / view.scale;
	const visibleHeight = frame.height / view.scale;
	// At least a quarter of the frame stays covered by the diagram (or the whole diagram, if smaller).
	const keepX = Math.min(content.width, visibleWidth / 4);
	const keepY = Math.min(content.height, visibleHeight / 4);
	return {
		scale: view.scale,
		x: Math.min(content.width - keepX, Math.max(keepX - visibleWidth, view.x)),
		y: Math.min(content.height - keepY, Math.max(keepY - visibleHeight, view.y))
	};
}

/** The SVG viewBox attribute for a view. */
export function viewBox(view: View, frame: Size): string {
	const r = (n: number) => Math.round(n * 100) / 100;
	return `${r(view.x)} ${r(view.y)} ${r(frame.width / view.scale)} ${r(frame.height / view.scale)}`;
}
