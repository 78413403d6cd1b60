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
USER 1000
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
