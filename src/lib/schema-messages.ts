/**
 * zod/mini carries no messages of its own: every issue would read "Invalid input". Loading the
 * English locale keeps the messages people see when a response or an opened file does not fit
 * ("expected number, received string"), for about 1.5 KB. Import this module for its effect.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());
