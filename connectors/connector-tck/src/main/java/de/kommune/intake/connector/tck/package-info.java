/**
 * The connector compatibility kit (TCK): {@link de.kommune.intake.connector.tck.DmsConnectorCompatibilityKit} is
 * the base class of every connector's own compatibility test, {@link de.kommune.intake.connector.tck.SampleDocuments}
 * makes documents shaped like the pipeline's, and a {@link de.kommune.intake.connector.tck.TargetProbe} looks into
 * the target without going through the connector. Depends on the connector API, JUnit 5 and AssertJ only.
 */
package de.kommune.intake.connector.tck;
