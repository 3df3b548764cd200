# syntax=docker/dockerfile:1
# newsalerts worker / replay image. Built by docker compose (see deploy/README.md).
FROM python:3.11.13-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    NEWSALERTS_METRICS_PORT=6066 \
    NEWSALERTS_DATA_DIR=/var/lib/newsalerts

RUN groupadd --system --gid 10001 newsalerts \
    && useradd --system --uid 10001 --gid newsalerts --home-dir /app --no-create-home newsalerts \
    && mkdir -p /var/lib/newsalerts \
    && chown newsalerts:newsalerts /var/lib/newsalerts

WORKDIR /app

# Dependencies first, from pyproject.toml alone, so this layer is reused until they change.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

# Then the code and the data it reads at run time (paths relative to WORKDIR, as in config.py).
# README.m[d]: pyproject names it as the readme; the glob keeps the build working without it.
COPY README.m[d] pyproject.toml ./
COPY streams/ streams/
COPY schemas/ schemas/
COPY deploy/subscriptions.yaml deploy/subscriptions.yaml
COPY seeds/ seeds/
# Editable, so the code runs from /app: streams/core/schemas.py finds schemas/ beside streams/.
RUN pip install --no-deps -e .

USER newsalerts

EXPOSE 6066

# Liveness: the Faust web server answers /healthz (readiness is /readyz).
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('NEWSALERTS_METRICS_PORT', '6066'), timeout=3)"]

ENTRYPOINT ["newsalerts"]
CMD ["worker"]
