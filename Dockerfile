FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
# The default (H2) mode keeps its database in ./data, that is /app/data: the runtime user must own it.
# Mount a volume there to keep the data (docker run -v probation-careers-data:/app/data ...).
RUN mkdir /app/data && chown 1000:1000 /app/data
COPY --from=build /src/target/probation-careers-*.jar app.jar
# Run as the benchmark measured it (docs/production.md): the jar extracted, and a class data sharing archive
# written by a training start on a throwaway in-memory database, which halves the start-up time.
RUN java -Djarmode=tools -jar app.jar extract --destination /app/extracted \
 && java -Xmx256m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=128m -Xmn24m \
      -XX:ArchiveClassesAtExit=/app/app.jsa -Xlog:cds=off \
      -Dspring.context.exit=onRefresh -jar /app/extracted/app.jar --spring.datasource.url=jdbc:h2:mem:training \
 && rm app.jar
USER 1000
EXPOSE 8080
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-Xmx256m", "-Xss512k", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m", \
  "-XX:MaxMetaspaceSize=128m", "-Xmn24m", "-XX:MinHeapFreeRatio=10", \
  "-XX:MaxHeapFreeRatio=30", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/extracted/app.jar"]
