import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORT_FILES, json, jsonSchema, type ExportName } from '../../../data/exports';

export const getStaticPaths = (() =>
  Object.entries(EXPORT_FILES).map(([key, name]) => ({
    params: { name },
    props: { key: key as ExportName },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ key: ExportName }> = async ({ props, site }) => json(await jsonSchema(props.key, site));
