/**
 * Run records, contexts and training targets, and the readers that turn dataset files (C3O,
 * Bell, a user's own history) into run records.
 */
package io.bellamy.data;
