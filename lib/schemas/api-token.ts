import { z } from "zod";
import { requiredText } from "./common";

export const ApiTokenCreateSchema = z.object({ name: requiredText("Name", 80) });
