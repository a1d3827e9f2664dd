/**
 * The connector SPI: what a DMS / e-Akte vendor implements to receive filed documents.
 *
 * <p>A connector is found with {@link java.util.ServiceLoader}: list the provider class in
 * {@code META-INF/services/de.kommune.intake.connector.spi.DmsConnectorProvider} and drop the jar into the
 * pipeline's {@code plugins/} folder. This package depends on nothing but the JDK.
 *
 * @since 1.0
 */
package de.kommune.intake.connector.spi;
