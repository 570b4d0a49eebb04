/** Implementation of the CSV export; not exported from the module. */
package io.github.orderly.csv.internal;
