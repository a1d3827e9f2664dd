package de.kommune.intake.connector.cmis;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands the test classes one {@link InMemoryCmisServer} for the whole test run: started on first use, with the test
 * object types defined, and closed by JUnit when the run ends (the root store closes what it holds). Each test
 * files below a root folder of its own and finds documents by their unique id, so the classes cannot disturb each
 * other; the start (4–10 s on the shared machine) is paid once.
 */
final class InMemoryCmisServerExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(InMemoryCmisServerExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == InMemoryCmisServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(InMemoryCmisServer.class, key -> {
            try {
                InMemoryCmisServer server = InMemoryCmisServer.start();
                new CmisTestRepository(server.browserUrl()).defineTypes();
                return server;
            } catch (Exception e) {
                throw new ParameterResolutionException("the InMemory CMIS server did not start", e);
            }
        }, InMemoryCmisServer.class);
    }
}
