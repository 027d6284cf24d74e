# Multi-stage build of the portal. Used by docker-compose.yml; nothing else depends on it.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props OpenGov.sln ./
COPY src/OpenGov.Core/OpenGov.Core.csproj src/OpenGov.Core/
COPY src/OpenGov.Web/OpenGov.Web.csproj src/OpenGov.Web/
RUN dotnet restore src/OpenGov.Web/OpenGov.Web.csproj
COPY src/ src/
RUN dotnet publish src/OpenGov.Web/OpenGov.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER $APP_UID
# Apply pending migrations explicitly, then serve.
ENTRYPOINT ["/bin/sh", "-c", "dotnet OpenGov.Web.dll --migrate && exec dotnet OpenGov.Web.dll"]
