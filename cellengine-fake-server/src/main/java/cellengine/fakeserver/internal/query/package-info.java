/**
 * The parameters of list routes ({@code query}, {@code sort}, {@code fields}, {@code skip}, {@code limit}) with
 * the query language's parser and filters, and boolean parameters as clients send them.
 */
package cellengine.fakeserver.internal.query;
