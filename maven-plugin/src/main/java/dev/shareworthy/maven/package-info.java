/** Maven goals over the Shareworthy generator; the goals themselves arrive with the Maven plugin issue. */
package dev.shareworthy.maven;
