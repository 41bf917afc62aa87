/** The built-in quality rules, one class per rule; a rule's class name is its id in camel case. */
package dev.shareworthy.check.rules;
