// Copyright (c) 2017-2025 Tencent. All Rights Reserved.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//    http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package v20240718

const (
	// error codes for specific actions

	// The application ID does not match the bucket ID.
	FAILEDOPERATION_BUCKETIDNOTMATCH = "FailedOperation.BucketIdNotMatch"

	// The incremental migration strategy for the bucket is currently being deployed.
	FAILEDOPERATION_BUCKETINCREMENTALMIGRATIONSTRATEGYDEPLOYING = "FailedOperation.BucketIncrementalMigrationStrategyDeploying"

	// The number of incremental migration strategies for the bucket is over the limit.
	FAILEDOPERATION_INCREMENTALMIGRATIONSTRATEGYOVERLIMIT = "FailedOperation.IncrementalMigrationStrategyOverLimit"

	// The storage capacity in this region has exceeded the limit.
	FAILEDOPERATION_STORAGEREGIONBUCKETOVERLIMIT = "FailedOperation.StorageRegionBucketOverLimit"

	// Internal error.
	INTERNALERROR = "InternalError"

	// Invalid filter.
	INVALIDFILTER = "InvalidFilter"

	// Invalid parameter.
	INVALIDPARAMETER = "InvalidParameter"

	// Incorrect parameter value.
	INVALIDPARAMETERVALUE = "InvalidParameterValue"

	// Unsupported storage region.
	INVALIDPARAMETERVALUE_UNSUPPORTEDSTORAGEREGION = "InvalidParameterValue.UnsupportedStorageRegion"

	// The incremental migration strategy was not found.
	RESOURCENOTFOUND_INCREMENTALMIGRATIONSTRATEGYNOTFOUND = "ResourceNotFound.IncrementalMigrationStrategyNotFound"

	// Application is unauthorized.
	UNAUTHORIZEDOPERATION_SUBAPP = "UnauthorizedOperation.SubApp"
)
