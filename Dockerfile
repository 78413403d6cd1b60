FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package

# The runtime is Java 25 (the code is built for 17): its AOT cache, made below, does more than Java 17's
# class data sharing archive could (classes loaded and linked ahead of time, method profiles).
FROM eclipse-temurin:25-jre
WORKDIR /app
# The default (H2) mode keeps its database in ./data, that is /app/data: the runtime user must own it.
# Mount a volume there to keep the data (docker run -v probation-careers-data:/app/data ...).
RUN mkdir /app/data && chown 1000:1000 /app/data
COPY --from=build /src/target/probation-careers-*.jar app.jar
# Run as the benchmark measured it (docs/production.md): the jar extracted, its ahead-of-time processed beans,
# and an AOT cache written by a training start on a throwaway in-memory database, which requests the main
# pages from itself and stops (site.training-run). The training start has no metaspace limit, which would
# leave the cache too little room.
RUN java -Djarmode=tools -jar app.jar extract --destination /app/extracted \
 && java -Xmx256m -Xss512k -XX:+UseSerialGC -Xmn24m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 \
      -XX:AOTCacheOutput=/app/app.aot -Xlog:aot=off -Dspring.aot.enabled=true -jar /app/extracted/app.jar \
      --site.training-run=true --server.port=0 --server.address=127.0.0.1 \
      --spring.datasource.url=jdbc:h2:mem:training \
 && rm app.jar
USER 1000
EXPOSE 8080
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-Xmx256m", "-Xss512k", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m", \
  "-XX:MaxMetaspaceSize=128m", "-Xmn24m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", \
  "-XX:AOTCache=/app/app.aot", "-Xlog:aot=off", "-XX:TrimNativeHeapInterval=2000", "-Dspring.aot.enabled=true", \
  "-jar", "/app/extracted/app.jar"]
