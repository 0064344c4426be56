// When a device should offer to restore its history from the server rather than sync as usual. Pure.
//
// A device that lost its storage (the browser evicted it, or the user cleared the site's data) loses
// its sync sign-in with it: both live in IndexedDB. So the moment to notice is when sync is set up
// again: the device holds no review, has never read this database's changes, and the database
// holds reviews. Syncing as usual would then merge a blank device into the history, and its
// untouched defaults (settings written at first start) would count as edits made now and win over
// the user's real ones. Restoring takes the server's version of everything both have.

export interface DeviceHistory {
	/** Reviews stored on this device. */
	reviews: number;
	/** Whether this device has read this database's changes before (it has a checkpoint). */
	pulledBefore: boolean;
}

export interface ServerHistory {
	/** Documents in the database (reviews, own cards, settings …). */
	documents: number;
	/** Whether any of them is a review. */
	hasReviews: boolean;
}

/**
 * @example offersRestore({ reviews: 0, pulledBefore: false }, { documents: 12_345, hasReviews: true }) // true
 */
export function offersRestore(device: DeviceHistory, server: ServerHistory): boolean {
	return device.reviews === 0 && !device.pulledBefore && server.hasReviews;
}
