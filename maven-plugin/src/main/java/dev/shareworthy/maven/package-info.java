/** Maven goals over the generator's public API: each reads its parameters, calls the generator, and logs. */
package dev.shareworthy.maven;
