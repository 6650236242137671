# syntax=docker/dockerfile:1
# The bot as a container: built with the SDK image, run on the ASP.NET Core runtime image (the health endpoints and
# /metrics are served by Kestrel) as the image's non-root "app" user, with the store on the /data volume.
#   docker build -t kzbg-bot .
#   docker run -d -e Telegram__BotToken=... -v kzbg-data:/data -p 127.0.0.1:8080:8080 kzbg-bot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so a source change does not download the packages again.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Bot/Bot.csproj src/Bot/
COPY src/Bot.Knowledge/Bot.Knowledge.csproj src/Bot.Knowledge/
COPY src/Bot.Answering/Bot.Answering.csproj src/Bot.Answering/
COPY src/Bot.Llm/Bot.Llm.csproj src/Bot.Llm/
COPY src/Bot.Telegram/Bot.Telegram.csproj src/Bot.Telegram/
COPY src/Bot.Sources/Bot.Sources.csproj src/Bot.Sources/
RUN dotnet restore src/Bot/Bot.csproj
COPY src/ src/
COPY data/ data/
COPY prompts/ prompts/
COPY appsettings.example.json ./
RUN dotnet publish src/Bot/Bot.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The volume's mount point belongs to the user the bot runs as (uid 1654, "app", shipped with the .NET images).
RUN mkdir -p /data && chown app:app /data
USER app
VOLUME /data
# DOTNET_GCgen0size: a 4 MB gen0 budget instead of one sized from the CPU's cache (80 MB on a machine reporting a
# 260 MB L3); the runtime reads it from the environment only. DOTNET_GCRegionSize: the GC's heap in 1 MB regions instead
# of 4 MB, so each generation's partly filled region holds less idle memory. DOTNET_TieredCompilation=0: each method compiled once,
# optimized, for a process that runs for days (no first quick copy of every method, no call counters). DOTNET_ReadyToRun=0:
# the framework's own methods compiled by the JIT too, not run from its precompiled images, whose code is never replaced
# once tiered compilation is off (ingestion about a fifth less CPU; the health check below keeps them: it starts, asks
# and exits). MALLOC_ARENA_MAX:
# two malloc arenas instead of one per thread that allocates, each keeping the memory it freed. MALLOC_MMAP_THRESHOLD_:
# blocks of 64 KB and more (the JIT's working pages, SQLite's larger buffers) mapped on their own and given back when
# freed, instead of left as holes in the C heap. See README, "Memory".
ENV Knowledge__DbPath=/data/knowledge.db \
    Health__ListenUrl=http://0.0.0.0:8080 \
    DOTNET_NOLOGO=1 \
    DOTNET_GCgen0size=0x400000 \
    DOTNET_GCRegionSize=0x100000 \
    DOTNET_TieredCompilation=0 \
    DOTNET_ReadyToRun=0 \
    MALLOC_ARENA_MAX=2 \
    MALLOC_MMAP_THRESHOLD_=65536
EXPOSE 8080
# The bot's own readiness (store, Telegram, every worker), asked by its own binary: the runtime image has no curl.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["env", "DOTNET_ReadyToRun=1", "dotnet", "/app/Bot.dll", "health"]
# SIGTERM (docker stop) lets in-flight answers and alert sends finish; give it the 20 s the bot asks for.
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "/app/Bot.dll"]
CMD ["run"]
