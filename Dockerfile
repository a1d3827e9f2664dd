# Image of the pipeline: JRE 17, Tesseract with German and English models, the application jar.
# Build the jar first: mvn -B -DskipTests package
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless tesseract-ocr tesseract-ocr-deu \
      tesseract-ocr-eng tesseract-ocr-osd \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home /var/lib/intake intake && mkdir -p /var/lib/intake /opt/intake/plugins \
 && chown -R intake /var/lib/intake
COPY pipeline/target/intake.jar /opt/intake/intake.jar
USER intake
ENV OMP_THREAD_LIMIT=1 LOADER_PATH=/opt/intake/plugins INTAKE_DATA_DIR=/var/lib/intake
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx1536m", "-jar", "/opt/intake/intake.jar"]
