package de.kommune.intake.pipeline.routes;

import de.kommune.intake.pipeline.config.IntakeProperties;
import org.apache.camel.builder.RouteBuilder;

/**
 * The hot folder: a file is taken once its size has stopped changing (scanners write slowly), archived under
 * {@code .archive/<date>/} after intake, or moved to {@code .failed/} with a reason file when intake failed.
 */
public final class HotFolderRoute extends RouteBuilder {

    private final IntakeProperties.HotFolder hotFolder;

    public HotFolderRoute(IntakeProperties.HotFolder hotFolder) {
        this.hotFolder = hotFolder;
    }

    @Override
    public void configure() {
        if (!hotFolder.enabled()) {
            return;
        }
        fromF("file:%s?recursive=true&readLock=changed&readLockCheckInterval=1000&readLockMinAge=2000"
                        + "&delay=%d&exclude=^\\..*&antExclude=**/.*/**"
                        + "&move=.archive/${date:now:yyyyMMdd}/${file:name}"
                        + "&moveFailed=.failed/${file:name}",
                hotFolder.path().toAbsolutePath(), hotFolder.pollMillis())
                .routeId("hotfolder")
                .to("bean:hotFolderIntake?method=take");
    }
}
