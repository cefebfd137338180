# MeetingBot's host as a container: the .NET 10 runtime image, the web chat bundle built in, a non-root user, a
# health check. Build from the repository root:  docker build -t meetingbot .
# (Not built in this repository's CI, which cannot pull base images; the tests run the publish output instead.)

# The Web Chat client (npm botframework-webchat, pinned in tools/webchat), installed where Node.js is.
FROM node:22-bookworm-slim AS webchat
WORKDIR /src/tools/webchat
COPY tools/webchat/package.json tools/webchat/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error

# The host, published; its build finds the bundle installed and copies it beside the host (WebChat/lib/).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
COPY --from=webchat /src/tools/webchat/node_modules tools/webchat/node_modules
RUN dotnet publish src/MeetingBot.Host -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The images' non-root user (APP_UID); the embedded store, if used at all, in its home (Azure: Storage__TableEndpoint).
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Storage__DataPath=/home/app/data
USER $APP_UID
EXPOSE 8080
# The runtime image has no curl: the host's own `health` command asks /health/ready.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["dotnet", "/app/MeetingBot.Host.dll", "health"]
ENTRYPOINT ["dotnet", "/app/MeetingBot.Host.dll"]
