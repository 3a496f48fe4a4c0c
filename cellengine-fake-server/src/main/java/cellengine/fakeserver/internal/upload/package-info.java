/**
 * Uploads: a {@code multipart/form-data} body parsed as it streams in, its file part kept in memory or spooled to a
 * temporary file ({@code Blob}) with its checksums, and its file name made safe.
 */
package cellengine.fakeserver.internal.upload;
