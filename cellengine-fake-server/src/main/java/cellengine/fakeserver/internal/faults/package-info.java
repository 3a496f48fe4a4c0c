/** Counted fault injection: armed faults applied to matching requests before or after their route runs. */
package cellengine.fakeserver.internal.faults;
