// Pointer gestures for the ER diagram: one pointer drags (pans), two pointers pinch (zoom and pan),
// and a press that barely moves is a tap on whatever table it started on. The maths is in
// $lib/design/viewport; this class only tracks the pointers.
import { fitView, openingView, panBy, pinch, zoomAt, type Band, type ScreenPoint, type Size, type View } from '$lib/design/viewport';

/** Movement (px) below which a press still counts as a tap, not a drag. */
const TAP_SLOP = 8;

interface Gesture {
	view: View;
	points: ScreenPoint[];
}

export class PanZoom {
	view = $state.raw<View>({ x: 0, y: 0, scale: 1 });
	/** A drag or pinch is under way (the frame shows a grabbing cursor). */
	active = $state(false);

	content: Size;
	frame: Size = { width: 1, height: 1 };
	#columns: readonly Band[];
	#margin: number;
	#pointers = new Map<number, ScreenPoint>();
	#gesture: Gesture | null = null;
	#tap: { table: string | null; moved: number } | null = null;
	#origin = { left: 0, top: 0 };

	/** `columns`: the diagram's columns of tables, so it can open on one of them at a readable size. */
	constructor(content: Size, columns: readonly Band[] = [], margin = 0) {
		this.content = content;
		this.#columns = columns;
		this.#margin = margin;
	}

	/** Sets the frame's size; the first time (and whenever asked) the view goes back to the opening one. */
	resize(frame: Size, refit: boolean): void {
		this.frame = frame;
		if (refit) this.reset();
	}

	/** Back to the view the diagram opened at (openingView). */
	reset(): void {
		this.view = openingView(this.content, this.frame, this.#columns, this.#margin);
	}

	/** The whole diagram in the frame, however small that makes it. */
	showAll(): void {
		this.view = fitView(this.content, this.frame);
	}

	/** Zooms around the frame's centre (the +/- buttons and keys). */
	zoomBy(factor: number): void {
		this.view = zoomAt(this.view, factor, { x: this.frame.width / 2, y: this.frame.height / 2 }, this.content, this.frame);
	}

	panBy(dx: number, dy: number): void {
		this.view = panBy(this.view, dx, dy, this.content, this.frame);
	}

	/** Zooms around a point given in client coordinates (ctrl + wheel, trackpad pinch). */
	zoomAtClient(factor: number, clientX: number, clientY: number, frameRect: DOMRect): void {
		const at = { x: clientX - frameRect.left, y: clientY - frameRect.top };
		this.view = zoomAt(this.view, factor, at, this.content, this.frame);
	}

	down(event: PointerEvent, frameRect: DOMRect, table: string | null): void {
		this.#origin = { left: frameRect.left, top: frameRect.top };
		this.#pointers.set(event.pointerId, this.#point(event));
		if (this.#pointers.size === 1) this.#tap = { table, moved: 0 };
		else this.#tap = null; // a second finger makes it a pinch, never a tap
		this.#restart();
	}

	move(event: PointerEvent): void {
		if (!this.#pointers.has(event.pointerId) || !this.#gesture) return;
		this.#pointers.set(event.pointerId, this.#point(event));
		const points = [...this.#pointers.values()];
		const start = this.#gesture;
		if (points.length === 1) {
			const dx = points[0].x - start.points[0].x;
			const dy = points[0].y - start.points[0].y;
			if (this.#tap) this.#tap.moved = Math.max(this.#tap.moved, Math.hypot(dx, dy));
			if (this.#tap && this.#tap.moved < TAP_SLOP) return;
			this.active = true;
			this.view = panBy(start.view, dx, dy, this.content, this.frame);
		} else if (points.length >= 2 && start.points.length >= 2) {
			this.active = true;
			const from: [ScreenPoint, ScreenPoint] = [start.points[0], start.points[1]];
			this.view = pinch(start.view, from, [points[0], points[1]], this.content, this.frame);
		}
	}

	/** Ends a pointer; returns the table tapped, if this was a tap on one. */
	up(event: PointerEvent): string | null {
		if (!this.#pointers.delete(event.pointerId)) return null;
		const tap = this.#tap;
		this.#tap = null;
		// A finger lifted mid-pinch: the other carries on panning from here, without a jump.
		this.#restart();
		if (this.#pointers.size === 0) this.active = false;
		return tap && tap.moved < TAP_SLOP && event.type === 'pointerup' ? tap.table : null;
	}

	#restart(): void {
		this.#gesture = this.#pointers.size ? { view: this.view, points: [...this.#pointers.values()] } : null;
	}

	#point(event: PointerEvent): ScreenPoint {
		return { x: event.clientX - this.#origin.left, y: event.clientY - this.#origin.top };
	}
}
