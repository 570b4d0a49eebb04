/**
 * Who may do what (R44): the merchant console's {@link io.github.orderly.access.Role}s and the
 * {@link io.github.orderly.access.Permission}s each one holds, declared once as data.
 */
package io.github.orderly.access;
