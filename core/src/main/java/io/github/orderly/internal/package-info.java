/** Implementation details shared by Orderly's packages. Not exported: nothing here is API. */
package io.github.orderly.internal;
