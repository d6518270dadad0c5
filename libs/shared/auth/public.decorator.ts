import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'techmarket:isPublic';

/** Marks a route (or controller) that needs no token; every other route does. */
export const Public = (): ClassDecorator & MethodDecorator => SetMetadata(IS_PUBLIC, true);
